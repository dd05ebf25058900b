// Signing primitives on the order path: how many orders per second one core can hash and sign.
// Run: build/bench/benchsigners [--benchmark_format=json]

#include "crypto/Eip712.h"
#include "crypto/Hmac.h"
#include "crypto/Keccak256.h"
#include "crypto/PolymarketTypedData.h"
#include "crypto/RsaPssSigner.h"
#include "crypto/Secp256k1Recoverer.h"
#include "crypto/Secp256k1Signer.h"

#include <benchmark/benchmark.h>

#include <QFile>
#include <QFileInfo>

#include <cstdlib>

using namespace orion;

namespace {

// Hardhat account #0: a public test key.
constexpr char kWalletKey[] = "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";

[[noreturn]] void fail(const QString& why)
{
    qCritical("%s", qPrintable(why));
    std::abort();
}

Secp256k1Signer walletSigner()
{
    Result<Secp256k1Signer> signer = Secp256k1Signer::fromHex(kWalletKey);
    if (!signer)
        fail(signer.error().toString());
    return std::move(signer).value();
}

PolymarketOrderV2 sampleOrder(const EthAddress& wallet)
{
    PolymarketOrderV2 order;
    order.salt = 479249096354ULL;
    order.maker = wallet;
    order.signer = wallet;
    order.tokenId = QStringLiteral("71321045679252212594626385532706912750332728571942532289631379312455583992563");
    order.makerAmount = 11782400;
    order.takerAmount = 21040000;
    order.timestamp = 1710000000000ULL;
    return order;
}

void BM_Keccak256(benchmark::State& state)
{
    const QByteArray input(static_cast<qsizetype>(state.range(0)), 'x');
    for (auto _ : state)
        benchmark::DoNotOptimize(Keccak256::hash(input));
    state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * state.range(0));
}
BENCHMARK(BM_Keccak256)->Arg(32)->Arg(1024);

void BM_Secp256k1Sign(benchmark::State& state)
{
    const Secp256k1Signer signer = walletSigner();
    const QByteArray digest = Keccak256::hash("order");
    for (auto _ : state)
        benchmark::DoNotOptimize(signer.signHash(digest));
}
BENCHMARK(BM_Secp256k1Sign);

void BM_Secp256k1Recover(benchmark::State& state)
{
    const Secp256k1Signer signer = walletSigner();
    const QByteArray digest = Keccak256::hash("order");
    const QByteArray signature = *signer.signHash(digest);
    for (auto _ : state)
        benchmark::DoNotOptimize(Secp256k1Recoverer::recoverAddress(digest, signature));
}
BENCHMARK(BM_Secp256k1Recover);

void BM_Eip712OrderV2Digest(benchmark::State& state)
{
    const Secp256k1Signer signer = walletSigner();
    const PolymarketOrderV2 order = sampleOrder(signer.address());
    const Eip712Domain domain = PolymarketTypedData::exchangeDomain(
        QStringLiteral("2"), PolymarketTypedData::kPolygonChainId,
        *EthAddress::fromHex(PolymarketTypedData::kCtfExchangeV2));
    for (auto _ : state)
        benchmark::DoNotOptimize(PolymarketTypedData::orderV2Digest(order, domain));
}
BENCHMARK(BM_Eip712OrderV2Digest);

// Hash + sign, what the order builder does per order (the domain separator is recomputed, as it is not cached).
void BM_Eip712OrderV2HashAndSign(benchmark::State& state)
{
    const Secp256k1Signer signer = walletSigner();
    const PolymarketOrderV2 order = sampleOrder(signer.address());
    const Eip712Domain domain = PolymarketTypedData::exchangeDomain(
        QStringLiteral("2"), PolymarketTypedData::kPolygonChainId,
        *EthAddress::fromHex(PolymarketTypedData::kCtfExchangeV2));
    for (auto _ : state)
        benchmark::DoNotOptimize(signer.signHash(*PolymarketTypedData::orderV2Digest(order, domain)));
}
BENCHMARK(BM_Eip712OrderV2HashAndSign);

void BM_RsaPssSign(benchmark::State& state)
{
    // The TEST-ONLY key from the source tree (found next to this file, so the benchmark needs no data install).
    const QString path = QFileInfo(QString::fromUtf8(__FILE__)).absolutePath()
        + QStringLiteral("/../tests/data/keys/test-only-rsa2048-a-pkcs8.pem");
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        fail(QStringLiteral("cannot read %1").arg(path));
    QByteArray pem = file.readAll();
    const Result<RsaPssSigner> signer = RsaPssSigner::fromPem(SecretBytes::takeFrom(pem));
    if (!signer)
        fail(signer.error().toString());
    const QByteArray message = "1703123456789GET/trade-api/v2/portfolio/balance";
    for (auto _ : state)
        benchmark::DoNotOptimize(signer->signBase64(message));
}
BENCHMARK(BM_RsaPssSign);

void BM_HmacSha256(benchmark::State& state)
{
    const SecretBytes key(QByteArray(32, '\x2a'));
    const QByteArray message = "1000000POST/order" + QByteArray(400, '{');
    for (auto _ : state)
        benchmark::DoNotOptimize(Hmac::sha256(key, message));
}
BENCHMARK(BM_HmacSha256);

} // namespace

BENCHMARK_MAIN();

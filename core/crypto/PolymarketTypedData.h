#pragma once

// Polymarket's EIP-712 typed structs (reference polymarket.md sections 4.1 and 5.1). The generic machinery is in
// Eip712; these are here, next to it, until core/venues/polymarket exists and can own them.

#include "common/Result.h"
#include "crypto/Eip712Domain.h"
#include "crypto/EthAddress.h"

#include <QByteArray>
#include <QString>
#include <QStringView>

namespace orion {

enum class PolymarketSide : quint8 { Buy = 0, Sell = 1 };

enum class PolymarketSignatureType : quint8 { Eoa = 0, PolyProxy = 1, PolyGnosisSafe = 2, Poly1271 = 3 };

// L1 authentication message, signed to create or derive API keys.
struct PolymarketClobAuth
{
    EthAddress address;  // the signer's EOA
    QString timestamp;   // unix seconds as a decimal string: the same string as the POLY_TIMESTAMP header
    quint64 nonce = 0;
    QString message = QStringLiteral("This message attests that I control the given wallet");
};

// CLOB V2 order (live since 2026-04-28). Amounts are the integer 6-decimal raw amounts; expiration is sent on the
// wire but not signed, so it is not here.
struct PolymarketOrderV2
{
    quint64 salt = 0;     // kept below 2^53: it travels as a JSON number
    EthAddress maker;     // funder (proxy/safe/deposit wallet, or the EOA)
    EthAddress signer;    // the EOA that signs
    QString tokenId;      // uint256, decimal
    quint64 makerAmount = 0;
    quint64 takerAmount = 0;
    PolymarketSide side = PolymarketSide::Buy;
    PolymarketSignatureType signatureType = PolymarketSignatureType::Eoa;
    quint64 timestamp = 0;                      // creation time, milliseconds
    QByteArray metadata = QByteArray(32, '\0'); // bytes32
    QByteArray builder = QByteArray(32, '\0');  // bytes32 builder code or zero
};

// V1 order: obsolete on the live venue, kept because the official test vectors use it.
struct PolymarketOrderV1
{
    quint64 salt = 0;
    EthAddress maker;
    EthAddress signer;
    EthAddress taker;
    QString tokenId;
    quint64 makerAmount = 0;
    quint64 takerAmount = 0;
    quint64 expiration = 0;
    quint64 nonce = 0;
    quint64 feeRateBps = 0;
    PolymarketSide side = PolymarketSide::Buy;
    PolymarketSignatureType signatureType = PolymarketSignatureType::Eoa;
};

class PolymarketTypedData final
{
public:
    static constexpr quint64 kPolygonChainId = 137;
    static constexpr quint64 kAmoyChainId = 80002;

    static constexpr QStringView kCtfExchangeV2 = u"0xE111180000d2663C0091e4f400237545B87B996B";
    static constexpr QStringView kNegRiskCtfExchangeV2 = u"0xe2222d279d744050d28e00520010520000310F59";
    static constexpr QStringView kCtfExchangeV3 = u"0xe3333700cA9d93003F00f0F71f8515005F6c00Aa";

    static constexpr char kClobAuthType[] = "ClobAuth(address address,string timestamp,uint256 nonce,string message)";
    static constexpr char kOrderV2Type[] =
        "Order(uint256 salt,address maker,address signer,uint256 tokenId,uint256 makerAmount,uint256 takerAmount,"
        "uint8 side,uint8 signatureType,uint256 timestamp,bytes32 metadata,bytes32 builder)";
    // ERC-7739 nested typed data a POLY_1271 deposit wallet's owner signs: the Order (contents) inside the
    // wallet's own domain {name "DepositWallet", version "1", chainId, verifyingContract = wallet, salt 0}, hashed
    // under the exchange's domain. The full type string is this followed by kOrderV2Type (referenced struct).
    static constexpr char kTypedDataSignType[] =
        "TypedDataSign(Order contents,string name,string version,uint256 chainId,address verifyingContract,"
        "bytes32 salt)";
    static constexpr char kDepositWalletName[] = "DepositWallet";
    static constexpr char kDepositWalletVersion[] = "1";
    static constexpr char kOrderV1Type[] =
        "Order(uint256 salt,address maker,address signer,address taker,uint256 tokenId,uint256 makerAmount,"
        "uint256 takerAmount,uint256 expiration,uint256 nonce,uint256 feeRateBps,uint8 side,uint8 signatureType)";

    PolymarketTypedData() = delete;

    // { name: "ClobAuthDomain", version: "1", chainId } with no verifyingContract.
    static Eip712Domain clobAuthDomain(quint64 chainId);
    // { name: "Polymarket CTF Exchange", version, chainId, verifyingContract }: version "2" for the V2 exchanges,
    // "3" for V3, "1" for the obsolete V1 ones.
    static Eip712Domain exchangeDomain(const QString& version, quint64 chainId, const EthAddress& exchange);

    static QByteArray clobAuthStructHash(const PolymarketClobAuth& auth);
    static QByteArray clobAuthDigest(const PolymarketClobAuth& auth, quint64 chainId);

    // Errors (code "crypto.eip712") for a tokenId that is not a uint256 or metadata/builder not 32 bytes.
    [[nodiscard]] static Result<QByteArray> orderV2StructHash(const PolymarketOrderV2& order);
    // The digest is also the order id ("orderID") the venue reports.
    [[nodiscard]] static Result<QByteArray> orderV2Digest(const PolymarketOrderV2& order, const Eip712Domain& domain);

    // What the owner key of a POLY_1271 deposit wallet (order.signer) signs: keccak(0x1901 || exchange domain
    // separator || hashStruct(TypedDataSign{contents: the order, the wallet's domain fields})).
    [[nodiscard]] static Result<QByteArray> orderV2DepositWalletDigest(const PolymarketOrderV2& order,
                                                                     const Eip712Domain& domain);

    [[nodiscard]] static Result<QByteArray> orderV1StructHash(const PolymarketOrderV1& order);
    [[nodiscard]] static Result<QByteArray> orderV1Digest(const PolymarketOrderV1& order, const Eip712Domain& domain);
};

} // namespace orion

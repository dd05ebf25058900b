#include "crypto/Keccak256.h"

#include <algorithm>
#include <cstring>

namespace orion {

namespace {

constexpr std::array<std::uint64_t, 24> kRoundConstants = {
    0x0000000000000001ULL, 0x0000000000008082ULL, 0x800000000000808aULL, 0x8000000080008000ULL,
    0x000000000000808bULL, 0x0000000080000001ULL, 0x8000000080008081ULL, 0x8000000000008009ULL,
    0x000000000000008aULL, 0x0000000000000088ULL, 0x0000000080008009ULL, 0x000000008000000aULL,
    0x000000008000808bULL, 0x800000000000008bULL, 0x8000000000008089ULL, 0x8000000000008003ULL,
    0x8000000000008002ULL, 0x8000000000000080ULL, 0x000000000000800aULL, 0x800000008000000aULL,
    0x8000000080008081ULL, 0x8000000000008080ULL, 0x0000000080000001ULL, 0x8000000080008008ULL,
};

constexpr std::uint64_t rotateLeft(std::uint64_t value, int shift)
{
    return (value << shift) | (value >> (64 - shift));
}

// Keccak-f[1600] on lanes a[x + 5y], written out lane by lane: with constant indices the compiler keeps the
// state in registers (the loop-and-table form was several times slower). Theta's d[x] is folded into rho-pi.
void keccakF1600(std::array<std::uint64_t, 25>& a)
{
    std::uint64_t b[25];
    for (const std::uint64_t roundConstant : kRoundConstants) {
        // theta
        const std::uint64_t c0 = a[0] ^ a[5] ^ a[10] ^ a[15] ^ a[20];
        const std::uint64_t c1 = a[1] ^ a[6] ^ a[11] ^ a[16] ^ a[21];
        const std::uint64_t c2 = a[2] ^ a[7] ^ a[12] ^ a[17] ^ a[22];
        const std::uint64_t c3 = a[3] ^ a[8] ^ a[13] ^ a[18] ^ a[23];
        const std::uint64_t c4 = a[4] ^ a[9] ^ a[14] ^ a[19] ^ a[24];
        const std::uint64_t d0 = c4 ^ rotateLeft(c1, 1);
        const std::uint64_t d1 = c0 ^ rotateLeft(c2, 1);
        const std::uint64_t d2 = c1 ^ rotateLeft(c3, 1);
        const std::uint64_t d3 = c2 ^ rotateLeft(c4, 1);
        const std::uint64_t d4 = c3 ^ rotateLeft(c0, 1);
        // rho and pi: b[y, 2x + 3y] = rotate(a[x, y], r[x, y])
        b[0] = a[0] ^ d0;
        b[10] = rotateLeft(a[1] ^ d1, 1);
        b[20] = rotateLeft(a[2] ^ d2, 62);
        b[5] = rotateLeft(a[3] ^ d3, 28);
        b[15] = rotateLeft(a[4] ^ d4, 27);
        b[16] = rotateLeft(a[5] ^ d0, 36);
        b[1] = rotateLeft(a[6] ^ d1, 44);
        b[11] = rotateLeft(a[7] ^ d2, 6);
        b[21] = rotateLeft(a[8] ^ d3, 55);
        b[6] = rotateLeft(a[9] ^ d4, 20);
        b[7] = rotateLeft(a[10] ^ d0, 3);
        b[17] = rotateLeft(a[11] ^ d1, 10);
        b[2] = rotateLeft(a[12] ^ d2, 43);
        b[12] = rotateLeft(a[13] ^ d3, 25);
        b[22] = rotateLeft(a[14] ^ d4, 39);
        b[23] = rotateLeft(a[15] ^ d0, 41);
        b[8] = rotateLeft(a[16] ^ d1, 45);
        b[18] = rotateLeft(a[17] ^ d2, 15);
        b[3] = rotateLeft(a[18] ^ d3, 21);
        b[13] = rotateLeft(a[19] ^ d4, 8);
        b[14] = rotateLeft(a[20] ^ d0, 18);
        b[24] = rotateLeft(a[21] ^ d1, 2);
        b[9] = rotateLeft(a[22] ^ d2, 61);
        b[19] = rotateLeft(a[23] ^ d3, 56);
        b[4] = rotateLeft(a[24] ^ d4, 14);
        // chi
        a[0] = b[0] ^ (~b[1] & b[2]);
        a[1] = b[1] ^ (~b[2] & b[3]);
        a[2] = b[2] ^ (~b[3] & b[4]);
        a[3] = b[3] ^ (~b[4] & b[0]);
        a[4] = b[4] ^ (~b[0] & b[1]);
        a[5] = b[5] ^ (~b[6] & b[7]);
        a[6] = b[6] ^ (~b[7] & b[8]);
        a[7] = b[7] ^ (~b[8] & b[9]);
        a[8] = b[8] ^ (~b[9] & b[5]);
        a[9] = b[9] ^ (~b[5] & b[6]);
        a[10] = b[10] ^ (~b[11] & b[12]);
        a[11] = b[11] ^ (~b[12] & b[13]);
        a[12] = b[12] ^ (~b[13] & b[14]);
        a[13] = b[13] ^ (~b[14] & b[10]);
        a[14] = b[14] ^ (~b[10] & b[11]);
        a[15] = b[15] ^ (~b[16] & b[17]);
        a[16] = b[16] ^ (~b[17] & b[18]);
        a[17] = b[17] ^ (~b[18] & b[19]);
        a[18] = b[18] ^ (~b[19] & b[15]);
        a[19] = b[19] ^ (~b[15] & b[16]);
        a[20] = b[20] ^ (~b[21] & b[22]);
        a[21] = b[21] ^ (~b[22] & b[23]);
        a[22] = b[22] ^ (~b[23] & b[24]);
        a[23] = b[23] ^ (~b[24] & b[20]);
        a[24] = b[24] ^ (~b[20] & b[21]);
        // iota
        a[0] ^= roundConstant;
    }
}

} // namespace

void Keccak256::absorbBlock(const unsigned char* block)
{
    // Lanes are little-endian; loading byte by byte keeps this independent of the host's byte order.
    for (int lane = 0; lane < kRate / 8; ++lane) {
        std::uint64_t value = 0;
        for (int byte = 7; byte >= 0; --byte)
            value = (value << 8) | block[lane * 8 + byte];
        m_state[static_cast<size_t>(lane)] ^= value;
    }
    keccakF1600(m_state);
}

void Keccak256::addData(QByteArrayView data)
{
    if (m_finished)
        reset();
    const auto* input = reinterpret_cast<const unsigned char*>(data.data());
    qsizetype remaining = data.size();
    if (m_buffered > 0) {
        const qsizetype take = std::min(remaining, kRate - m_buffered);
        std::memcpy(m_buffer.data() + m_buffered, input, static_cast<size_t>(take));
        m_buffered += take;
        input += take;
        remaining -= take;
        if (m_buffered < kRate)
            return;
        absorbBlock(m_buffer.data());
        m_buffered = 0;
    }
    while (remaining >= kRate) {
        absorbBlock(input);
        input += kRate;
        remaining -= kRate;
    }
    if (remaining > 0) {
        std::memcpy(m_buffer.data(), input, static_cast<size_t>(remaining));
        m_buffered = remaining;
    }
}

QByteArray Keccak256::result()
{
    if (m_finished)
        reset();
    // Original Keccak multi-rate padding: 0x01 after the message, 0x80 in the last byte of the block (the same
    // byte 0x81 when only one byte is free).
    std::memset(m_buffer.data() + m_buffered, 0, static_cast<size_t>(kRate - m_buffered));
    m_buffer[static_cast<size_t>(m_buffered)] ^= 0x01;
    m_buffer[kRate - 1] ^= 0x80;
    absorbBlock(m_buffer.data());

    QByteArray digest(kDigestSize, Qt::Uninitialized);
    for (qsizetype i = 0; i < kDigestSize; ++i)
        digest[i] = static_cast<char>((m_state[static_cast<size_t>(i / 8)] >> (8 * (i % 8))) & 0xffU);
    m_finished = true;
    return digest;
}

void Keccak256::reset()
{
    m_state.fill(0);
    m_buffer.fill(0);
    m_buffered = 0;
    m_finished = false;
}

QByteArray Keccak256::hash(QByteArrayView data)
{
    Keccak256 keccak;
    keccak.addData(data);
    return keccak.result();
}

} // namespace orion

#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <array>
#include <cstdint>

namespace orion {

// Keccak-256 as Ethereum uses it: the original Keccak submission with padding byte 0x01, which is NOT NIST
// SHA3-256 (padding 0x06). OpenSSL only gained "KECCAK-256" in 3.2 and this platform ships 3.0, hence this
// implementation of Keccak-f[1600] (rate 136 bytes, capacity 512 bits).
// keccak256("") = c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470.
class Keccak256 final
{
public:
    static constexpr qsizetype kDigestSize = 32;
    static constexpr qsizetype kRate = 136;

    Keccak256() = default;

    // Incremental use: addData() any number of times, then result() once (a second result() or addData() after
    // it starts over from an empty message).
    void addData(QByteArrayView data);
    [[nodiscard]] QByteArray result();
    void reset();

    [[nodiscard]] static QByteArray hash(QByteArrayView data);

private:
    void absorbBlock(const unsigned char* block);

    std::array<std::uint64_t, 25> m_state{};
    std::array<unsigned char, kRate> m_buffer{};
    qsizetype m_buffered = 0;
    bool m_finished = false;
};

} // namespace orion

#pragma once

#include "venues/sim/SimHttpRequest.h"

#include <QByteArray>

namespace orion {

struct SimHttpLimits
{
    qsizetype maxHeaderBytes = 16 * 1024;   // request line + headers
    qsizetype maxBodyBytes = 1024 * 1024;
};

// Parses one HTTP/1.1 request from the front of a connection buffer. Bodies are Content-Length only;
// Transfer-Encoding is refused (501), so a request boundary is never guessed.
class SimHttpParser final
{
public:
    enum class Outcome { Incomplete, Complete, Invalid };

    struct Parsed
    {
        Outcome outcome = Outcome::Incomplete;
        SimHttpRequest request;
        qsizetype consumed = 0;     // bytes of the buffer this request used
        bool keepAlive = true;
        int errorStatus = 0;        // Invalid: 400, 413, 431, 501, 505
        QByteArray errorReason;
    };

    [[nodiscard]] static Parsed parse(const QByteArray& buffer, const SimHttpLimits& limits);
};

} // namespace orion

#pragma once

#include <QFile>
#include <QString>

#include <mutex>

namespace orion {

// An append-only log file that rolls over by size: arbitrage.log -> arbitrage.log.1 -> … -> .N (oldest dropped),
// so a terminal left running for weeks never fills the disk. Thread-safe: Qt's message handler calls it from any thread.
class RotatingLogFile final
{
public:
    RotatingLogFile(QString path, qint64 maxBytes, int maxFiles);
    ~RotatingLogFile();
    RotatingLogFile(const RotatingLogFile&) = delete;
    RotatingLogFile& operator=(const RotatingLogFile&) = delete;

    // Opens (creating the directory) for appending; false with errorString() when it cannot.
    bool open();
    void write(const QByteArray& line);
    void flush();
    QString path() const { return m_path; }
    QString errorString() const { return m_error; }

private:
    void rotate();

    QString m_path;
    qint64 m_maxBytes;
    int m_maxFiles;
    QFile m_file;
    QString m_error;
    std::mutex m_mutex;
};

} // namespace orion

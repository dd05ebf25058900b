#include "common/RotatingLogFile.h"

#include <QDir>
#include <QFileInfo>

namespace orion {

RotatingLogFile::RotatingLogFile(QString path, qint64 maxBytes, int maxFiles)
    : m_path(std::move(path))
    , m_maxBytes(maxBytes)
    , m_maxFiles(maxFiles < 1 ? 1 : maxFiles)
{
}

RotatingLogFile::~RotatingLogFile()
{
    flush();
}

bool RotatingLogFile::open()
{
    std::lock_guard lock(m_mutex);
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath())) {
        m_error = QStringLiteral("cannot create the log directory %1").arg(info.absolutePath());
        return false;
    }
    m_file.setFileName(m_path);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text)) {
        m_error = QStringLiteral("cannot open the log file %1: %2").arg(m_path, m_file.errorString());
        return false;
    }
    return true;
}

void RotatingLogFile::write(const QByteArray& line)
{
    std::lock_guard lock(m_mutex);
    if (!m_file.isOpen()) {
        return;
    }
    if (m_maxBytes > 0 && m_file.size() + line.size() > m_maxBytes && m_file.size() > 0) {
        rotate();
    }
    m_file.write(line);
    // Flushed per line: after a crash the last lines are what matters most.
    m_file.flush();
}

void RotatingLogFile::flush()
{
    std::lock_guard lock(m_mutex);
    if (m_file.isOpen()) {
        m_file.flush();
    }
}

void RotatingLogFile::rotate()
{
    m_file.close();
    QFile::remove(m_path + QLatin1Char('.') + QString::number(m_maxFiles));
    for (int i = m_maxFiles - 1; i >= 1; --i) {
        const QString from = m_path + QLatin1Char('.') + QString::number(i);
        if (QFile::exists(from)) {
            QFile::rename(from, m_path + QLatin1Char('.') + QString::number(i + 1));
        }
    }
    QFile::rename(m_path, m_path + QStringLiteral(".1"));
    m_file.setFileName(m_path);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text)) {
        m_error = QStringLiteral("cannot reopen the log file %1 after rotation: %2").arg(m_path, m_file.errorString());
    }
}

} // namespace orion

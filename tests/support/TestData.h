#pragma once

#include <QString>

namespace orion::test {

// Absolute path of a file under tests/data.
QString dataPath(const QString& relative);

// Absolute path of a file in the source tree (config/config.yaml, …).
QString sourcePath(const QString& relative);

// Reads a whole file under tests/data; fails the calling test if it cannot.
QByteArray readData(const QString& relative);

} // namespace orion::test

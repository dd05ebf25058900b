#include "TestData.h"

#include "OrionTestConfig.h"

#include <QFile>
#include <QTest>

namespace orion::test {

QString dataPath(const QString& relative)
{
    return QStringLiteral(ORION_TEST_DATA_DIR "/") + relative;
}

QString sourcePath(const QString& relative)
{
    return QStringLiteral(ORION_SOURCE_DIR "/") + relative;
}

QByteArray readData(const QString& relative)
{
    QFile file(dataPath(relative));
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("cannot open test data %s", qPrintable(file.fileName()));
        return {};
    }
    return file.readAll();
}

} // namespace orion::test

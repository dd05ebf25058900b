// Regression replay without libFuzzer: feeds every file of the folders (or files) given to the harness's
// LLVMFuzzerTestOneInput, in name order; missing folders are skipped, but there must be some input. A broken
// invariant aborts, which fails the CTest fuzz.replay.<target>.

#include "FuzzSupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include <algorithm>
#include <cstdio>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QStringList files;
    for (const QString& argument : app.arguments().mid(1)) {
        const QFileInfo info(argument);
        if (info.isFile()) {
            files.append(info.absoluteFilePath());
            continue;
        }
        if (!info.isDir())
            continue; // a target without saved crashes has no regressions folder yet
        QDirIterator it(argument, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            files.append(it.next());
    }
    std::sort(files.begin(), files.end());
    int replayed = 0;
    for (const QString& path : files) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "cannot read %s\n", qPrintable(path));
            return 2;
        }
        const QByteArray input = file.readAll();
        std::fprintf(stderr, "replaying %s (%lld bytes)\n", qPrintable(path), static_cast<long long>(input.size()));
        LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(input.constData()),
                               static_cast<std::size_t>(input.size()));
        ++replayed;
    }
    std::printf("%d inputs replayed without a broken invariant\n", replayed);
    return replayed > 0 ? 0 : 1;
}

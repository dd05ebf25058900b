// config.yaml from text: any bytes give either Settings or problems, never both, and a loaded Settings written
// back by SettingsWriter loads again to the same file.

#include "FuzzSupport.h"

#include "config/SettingsLoader.h"
#include "config/SettingsWriter.h"

using namespace orion;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QString fileName = QStringLiteral("fuzz.yaml");
    const LoadOutcome outcome = SettingsLoader::loadText(fuzz::bytes(data, size), fileName);
    ORION_FUZZ_CHECK(outcome.settings.has_value() == outcome.problems.isEmpty());
    for (const ConfigProblem& problem : outcome.problems) {
        ORION_FUZZ_CHECK(problem.file == fileName);
        ORION_FUZZ_CHECK(problem.line >= 0 && problem.column >= 0);
        ORION_FUZZ_CHECK(!problem.message.isEmpty());
    }
    if (!outcome.ok())
        return 0;
    const QByteArray written = SettingsWriter::toYaml(*outcome.settings);
    const LoadOutcome again = SettingsLoader::loadText(written, fileName);
    ORION_FUZZ_CHECK(again.ok());
    ORION_FUZZ_CHECK(*again.settings == *outcome.settings);
    ORION_FUZZ_CHECK(SettingsWriter::toYaml(*again.settings) == written);
    return 0;
}

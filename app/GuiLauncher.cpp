#include "GuiLauncher.h"

#include "MainWindow.h"
#include "Theme.h"
#include "Translator.h"
#include "engine/EngineController.h"
#include "engine/LogSink.h"

#include <QApplication>

namespace orion {

int runGui(EngineController& controller)
{
    if (QCoreApplication::organizationName().isEmpty()) {
        QCoreApplication::setOrganizationName(QStringLiteral("orion")); // QSettings: layout, theme, language
    }
    Translator::install(*QCoreApplication::instance(), Translator::savedLanguage());
    Theme::apply(Theme::saved());
    // After installLogging(): the sink sits in front of Orion's handler and feeds the log view.
    LogSink logSink;
    logSink.install();
    int result = 0;
    {
        MainWindow window(controller);
        window.setLogSink(&logSink);
        window.show();
        controller.launch();
        result = QApplication::exec();
        window.setLogSink(nullptr);
    }
    logSink.uninstall();
    return result;
}

} // namespace orion

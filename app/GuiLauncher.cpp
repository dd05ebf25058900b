#include "GuiLauncher.h"

#include "MainWindow.h"
#include "Theme.h"
#include "Translator.h"
#include "CredentialsCommand.h"
#include "VenueAccessLoader.h"
#include "common/Logging.h"
#include "credentials/CredentialStore.h"
#include "credentials/StoreCredentialService.h"
#include "credentials/VenueCredentialCheck.h"
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
    // File > Credentials…: the same store and checks as `orion credentials`.
    SystemClock clock;
    std::unique_ptr<CredentialStore> store;
    std::unique_ptr<StoreCredentialService> credentials;
    std::vector<std::unique_ptr<VenueCredentialCheck>> checks =
        venueCredentialChecks(controller.snapshot().settings, clock);
    if (auto opened = openCredentialStore(); opened.ok()) {
        store = std::move(opened).value();
        QList<VenueCredentialCheck*> checkList;
        for (const auto& check : checks) {
            checkList.append(check.get());
        }
        credentials = std::make_unique<StoreCredentialService>(*store, checkList);
    } else {
        qCWarning(lcApp).noquote() << "credentials are not available in the dashboard:" << opened.error().message;
    }
    int result = 0;
    {
        MainWindow window(controller);
        window.setLogSink(&logSink);
        window.setCredentialService(credentials.get());
        window.show();
        controller.launch();
        result = QApplication::exec();
        window.setLogSink(nullptr);
        window.setCredentialService(nullptr);
    }
    logSink.uninstall();
    return result;
}

} // namespace orion

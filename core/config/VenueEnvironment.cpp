#include "config/VenueEnvironment.h"

#include <QCoreApplication>

namespace orion {

QString toConfigString(VenueEnvironment environment)
{
    switch (environment) {
    case VenueEnvironment::Production:
        return QStringLiteral("production");
    case VenueEnvironment::Demo:
        return QStringLiteral("demo");
    case VenueEnvironment::Simulator:
        return QStringLiteral("simulator");
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<VenueEnvironment> parseVenueEnvironment(QStringView text)
{
    for (const VenueEnvironment environment :
         {VenueEnvironment::Production, VenueEnvironment::Demo, VenueEnvironment::Simulator}) {
        if (text == toConfigString(environment)) {
            return environment;
        }
    }
    return std::nullopt;
}

QString displayName(VenueEnvironment environment)
{
    switch (environment) {
    case VenueEnvironment::Production:
        return QCoreApplication::translate("VenueEnvironment", "Production");
    case VenueEnvironment::Demo:
        return QCoreApplication::translate("VenueEnvironment", "Demo");
    case VenueEnvironment::Simulator:
        return QCoreApplication::translate("VenueEnvironment", "Simulator");
    }
    Q_UNREACHABLE();
    return {};
}

} // namespace orion

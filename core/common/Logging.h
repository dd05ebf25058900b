#pragma once

#include <QLoggingCategory>

// One logging category per area of core, so a user can turn up one module
// (QT_LOGGING_RULES="orion.engine.debug=true") without drowning in the rest.
Q_DECLARE_LOGGING_CATEGORY(lcApp)
Q_DECLARE_LOGGING_CATEGORY(lcConfig)
Q_DECLARE_LOGGING_CATEGORY(lcStorage)
Q_DECLARE_LOGGING_CATEGORY(lcEngine)
Q_DECLARE_LOGGING_CATEGORY(lcMarket)
Q_DECLARE_LOGGING_CATEGORY(lcVenue)
Q_DECLARE_LOGGING_CATEGORY(lcMatching)
Q_DECLARE_LOGGING_CATEGORY(lcArbitrage)
Q_DECLARE_LOGGING_CATEGORY(lcRisk)
Q_DECLARE_LOGGING_CATEGORY(lcExecution)
Q_DECLARE_LOGGING_CATEGORY(lcCredentials)
Q_DECLARE_LOGGING_CATEGORY(lcAlerts)
Q_DECLARE_LOGGING_CATEGORY(lcUi)

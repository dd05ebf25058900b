#pragma once

#include <QLoggingCategory>

// The network layer logs under its own category ("orion.net") so that a user can trace requests
// (QT_LOGGING_RULES="orion.net.debug=true") without the venue noise. Header values are never logged.
Q_DECLARE_LOGGING_CATEGORY(lcNet)

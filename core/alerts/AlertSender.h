#pragma once

#include "common/Result.h"

#include <QString>

#include <functional>

namespace orion {

// Where AlertService delivers an alert: TelegramClient in the application, a recording fake in tests.
class AlertSender
{
public:
    using Callback = std::function<void(Status)>;

    AlertSender() = default;
    virtual ~AlertSender() = default;
    AlertSender(const AlertSender&) = delete;
    AlertSender& operator=(const AlertSender&) = delete;

    // Sends `text` (plain text) to `chatId`; `done` runs once, later, on the sender's thread.
    virtual void sendMessage(const QString& chatId, const QString& text, Callback done) = 0;
};

} // namespace orion

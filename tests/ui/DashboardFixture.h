#pragma once

// A real engine (own thread, real SQLite file in a temporary directory) under a real main window, for the ui tests.
#include "TestSettings.h"

#include "MainWindow.h"
#include "engine/EngineController.h"

#include <QCoreApplication>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <QVariant>

#include <functional>
#include <memory>

namespace orion::test {

// Keeps the tests' window layout and table states apart from the user's, and from the previous run.
inline void isolateUiSettings()
{
    QCoreApplication::setOrganizationName(QStringLiteral("orion-ui-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("orion-ui-tests"));
    QSettings().clear();
}

class Dashboard final
{
public:
    // Launches the engine and waits until it is ready; `adjust` may change the settings first.
    bool start(const std::function<void(Settings&, const QString& directory)>& adjust = {})
    {
        m_dir = std::make_unique<QTemporaryDir>();
        if (!m_dir->isValid()) {
            return false;
        }
        Settings settings = settingsIn(m_dir->path());
        if (adjust) {
            adjust(settings, m_dir->path());
        }
        m_controller = std::make_unique<EngineController>(settings, QStringLiteral("test"));
        m_window = std::make_unique<MainWindow>(*m_controller);
        m_window->show();
        if (!QTest::qWaitForWindowExposed(m_window.get())) {
            return false;
        }
        m_controller->launch();
        return waitForState(EngineRunState::Stopped);
    }

    void stop()
    {
        if (m_controller) {
            m_controller->shutdown();
            if (!QTest::qWaitFor([this] { return m_controller->isShutDown(); }, 5000)) {
                qWarning("the engine did not shut down in time");
            }
        }
        m_window.reset();
        m_controller.reset();
        m_dir.reset();
    }

    bool waitForState(EngineRunState state)
    {
        return QTest::qWaitFor([&] { return m_controller->snapshot().runState == state; }, 5000);
    }

    QString directory() const { return m_dir->path(); }
    QString databaseFile() const { return m_dir->path() + QStringLiteral("/orion.db"); }
    EngineController& controller() { return *m_controller; }
    MainWindow& window() { return *m_window; }

    template <typename T>
    T* find(const QString& name) const
    {
        return m_window->findChild<T*>(name);
    }

    // Runs one query on the database file through a connection of its own; the rows as lists of values.
    QList<QVariantList> query(const QString& sql) const
    {
        QList<QVariantList> rows;
        const QString name = QStringLiteral("ui-test-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(databaseFile());
            if (db.open()) {
                QSqlQuery q(db);
                if (q.exec(sql)) {
                    while (q.next()) {
                        QVariantList row;
                        for (int i = 0; i < q.record().count(); ++i) {
                            row << q.value(i);
                        }
                        rows << row;
                    }
                } else {
                    qWarning("query failed: %s", qPrintable(sql));
                }
            }
        }
        QSqlDatabase::removeDatabase(name);
        return rows;
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<EngineController> m_controller;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace orion::test

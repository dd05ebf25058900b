#pragma once

#include <QDialog>
#include <QPointer>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace orion {

class CredentialService;

// Which credentials exist and where, a masked field to store one, Delete and Test. It never shows a stored
// secret: it talks to CredentialService, which has no way to read one back.
class CredentialsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CredentialsDialog)

public:
    explicit CredentialsDialog(CredentialService& service, QWidget* parent = nullptr);

private:
    void showPresence(const QStringList& presentNames);
    void storeEntered();
    void deleteSelected();
    void startTests();
    void report(const QString& line);
    QString selectedName() const;

    QPointer<CredentialService> m_service;
    QLabel* m_location = nullptr;
    QTableWidget* m_table = nullptr;
    QComboBox* m_name = nullptr;
    QLineEdit* m_value = nullptr;
    QPushButton* m_store = nullptr;
    QPushButton* m_delete = nullptr;
    QPushButton* m_test = nullptr;
    QPlainTextEdit* m_results = nullptr;
};

} // namespace orion

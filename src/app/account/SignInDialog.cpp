// SPDX-License-Identifier: GPL-3.0-or-later
#include "account/SignInDialog.h"

#include "ui_signindialog.h"

#include <QPushButton>

namespace deai {

SignInDialog::SignInDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SignInDialog>())
{
    m_ui->setupUi(this);
    m_ui->serverCombo->addItem(tr("Phoenix network"), int(ServerChoice::Kind::Phoenix));
    m_ui->serverCombo->addItem(tr("Sandbox (local, no CCD spent)"),
                               int(ServerChoice::Kind::Sandbox));
    m_ui->serverCombo->addItem(tr("Custom URL"), int(ServerChoice::Kind::Custom));
    QPushButton *signIn = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    signIn->setText(tr("&Sign in"));
    signIn->setAccessibleName(tr("Sign in"));
    signIn->setDefault(true);
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SignInDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SignInDialog::reject);
    connect(m_ui->serverCombo, &QComboBox::currentIndexChanged, this, &SignInDialog::updateFields);
    updateFields();
}

SignInDialog::~SignInDialog() = default;

void SignInDialog::prefill(const ServerChoice &server, const QString &email)
{
    m_ui->serverCombo->setCurrentIndex(m_ui->serverCombo->findData(int(server.kind)));
    m_ui->customUrlEdit->setText(server.customUrl.toString());
    m_ui->emailEdit->setText(email);
    m_ui->passwordEdit->clear();
    (email.isEmpty() ? m_ui->emailEdit : m_ui->passwordEdit)->setFocus();
}

void SignInDialog::setReason(const QString &reason, bool isError)
{
    if (reason.isEmpty())
        m_ui->signInMessage->clear();
    else
        m_ui->signInMessage->showMessage(
            isError ? InlineMessage::Kind::Error : InlineMessage::Kind::Information, reason);
}

ServerChoice SignInDialog::server() const
{
    ServerChoice choice;
    choice.kind = ServerChoice::Kind(m_ui->serverCombo->currentData().toInt());
    if (choice.kind == ServerChoice::Kind::Custom)
        choice.customUrl = QUrl::fromUserInput(m_ui->customUrlEdit->text().trimmed());
    return choice;
}

QString SignInDialog::email() const
{
    return m_ui->emailEdit->text().trimmed();
}

QString SignInDialog::password() const
{
    return m_ui->passwordEdit->text();
}

bool SignInDialog::rememberPassword() const
{
    return m_ui->rememberCheck->isChecked();
}

void SignInDialog::accept()
{
    const ServerChoice choice = server();
    if (choice.kind == ServerChoice::Kind::Custom && !choice.customUrl.isValid()) {
        setReason(tr("Enter the server address, e.g. https://example.org/sdk/computation."), true);
        m_ui->customUrlEdit->setFocus();
        return;
    }
    if (choice.kind != ServerChoice::Kind::Sandbox && (email().isEmpty() || password().isEmpty())) {
        setReason(tr("Enter your email and password."), true);
        (email().isEmpty() ? m_ui->emailEdit : m_ui->passwordEdit)->setFocus();
        return;
    }
    QDialog::accept();
}

void SignInDialog::updateFields()
{
    const auto kind = ServerChoice::Kind(m_ui->serverCombo->currentData().toInt());
    m_ui->customUrlLabel->setVisible(kind == ServerChoice::Kind::Custom);
    m_ui->customUrlEdit->setVisible(kind == ServerChoice::Kind::Custom);
    m_ui->rememberCheck->setEnabled(kind != ServerChoice::Kind::Sandbox);
}

} // namespace deai

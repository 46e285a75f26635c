// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/NetworkLogDialog.h"

#include "api/ApiClient.h"

#include <QDialogButtonBox>
#include <QPlainTextEdit>
#include <QTime>
#include <QVBoxLayout>

namespace deai {

namespace {

constexpr int kMaximumLines = 5000;

} // namespace

NetworkLogDialog::NetworkLogDialog(ApiClient *api, QWidget *parent)
    : QDialog(parent)
    , m_log(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Network log"));
    resize(700, 400);
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(kMaximumLines);
    m_log->setAccessibleName(tr("Network log"));
    m_log->setObjectName(QStringLiteral("networkLogText"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_log);
    layout->addWidget(buttons);
    connect(api, &ApiClient::exchangeFinished, this, &NetworkLogDialog::append);
}

void NetworkLogDialog::append(const QString &call, int httpStatus, qint64 bytes,
                              std::chrono::milliseconds duration)
{
    m_log->appendPlainText(tr("%1  %2  HTTP %3  %4 bytes  %5 ms")
                               .arg(QTime::currentTime().toString(Qt::ISODateWithMs), call)
                               .arg(httpStatus)
                               .arg(bytes)
                               .arg(duration.count()));
}

} // namespace deai

// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/SettingsDialog.h"

#include "common/Theme.h"
#include "common/Translations.h"
#include "ui_settingsdialog.h"

#include <QPushButton>
#include <QSettings>

namespace deai {

namespace {

constexpr int kDefaultTimeoutSeconds = 60;

// Each language in its own name, so a person who cannot read the current one finds theirs.
QString nativeLanguageName(const QString &localeName)
{
    if (localeName == QLatin1String("de"))
        return QStringLiteral("Deutsch");
    if (localeName == QLatin1String("zh_CN"))
        return QStringLiteral("简体中文");
    return QLocale(localeName).nativeLanguageName();
}

} // namespace

std::chrono::milliseconds requestTimeoutSetting()
{
    const int seconds = QSettings().value(kRequestTimeoutSettingKey, kDefaultTimeoutSeconds).toInt();
    return std::chrono::seconds(seconds > 0 ? seconds : kDefaultTimeoutSeconds);
}

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
{
    m_ui->setupUi(this);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setDefault(true);

    m_ui->languageCombo->addItem(tr("System default"), QString());
    m_ui->languageCombo->addItem(QStringLiteral("English"), QStringLiteral("en"));
    for (const QString &language : shippedTranslations())
        m_ui->languageCombo->addItem(nativeLanguageName(language), language);

    m_ui->themeCombo->addItem(tr("Follow the system"), settingForTheme(Theme::System));
    m_ui->themeCombo->addItem(tr("Light"), settingForTheme(Theme::Light));
    m_ui->themeCombo->addItem(tr("Dark"), settingForTheme(Theme::Dark));

    const QSettings settings;
    const int language = m_ui->languageCombo->findData(settings.value(kLanguageSettingKey).toString());
    m_ui->languageCombo->setCurrentIndex(qMax(0, language));
    const int theme = m_ui->themeCombo->findData(
        settingForTheme(themeForSetting(settings.value(kThemeSettingKey).toString())));
    m_ui->themeCombo->setCurrentIndex(qMax(0, theme));
    m_ui->timeoutSpin->setValue(
        int(std::chrono::duration_cast<std::chrono::seconds>(requestTimeoutSetting()).count()));
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::accept()
{
    QSettings settings;
    settings.setValue(kLanguageSettingKey, m_ui->languageCombo->currentData().toString());
    settings.setValue(kThemeSettingKey, m_ui->themeCombo->currentData().toString());
    settings.setValue(kRequestTimeoutSettingKey, m_ui->timeoutSpin->value());
    QDialog::accept();
}

} // namespace deai

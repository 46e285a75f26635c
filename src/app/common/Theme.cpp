// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/Theme.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>

namespace deai {

namespace {

// The palette the platform theme gave before the app replaced it.
QPalette &platformPalette()
{
    static QPalette palette = QApplication::palette();
    return palette;
}

} // namespace

Theme themeForSetting(const QString &setting)
{
    if (setting == QLatin1String("light"))
        return Theme::Light;
    if (setting == QLatin1String("dark"))
        return Theme::Dark;
    return Theme::System;
}

QString settingForTheme(Theme theme)
{
    switch (theme) {
    case Theme::Light:
        return QStringLiteral("light");
    case Theme::Dark:
        return QStringLiteral("dark");
    case Theme::System:
        break;
    }
    return QStringLiteral("system");
}

bool systemPrefersDark(const QPalette &palette)
{
    const QString gtkTheme = qEnvironmentVariable("GTK_THEME");
    if (gtkTheme.endsWith(QLatin1String(":dark"), Qt::CaseInsensitive))
        return true;
    return palette.color(QPalette::Window).lightness() < palette.color(QPalette::WindowText).lightness();
}

QPalette darkPalette()
{
    const QColor window(0x2b, 0x2b, 0x2e);
    const QColor base(0x1e, 0x1e, 0x20);
    const QColor text(0xe8, 0xe8, 0xea);
    const QColor disabledText(0x80, 0x80, 0x86);
    const QColor highlight(0x3d, 0x7e, 0xd8);
    QPalette palette(window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, window.darker(115));
    palette.setColor(QPalette::ToolTipBase, base);
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, disabledText);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, window.lighter(115));
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    palette.setColor(QPalette::Highlight, highlight);
    palette.setColor(QPalette::HighlightedText, QColor(0xff, 0xff, 0xff));
    palette.setColor(QPalette::Link, QColor(0x7a, 0xb4, 0xff));
    palette.setColor(QPalette::LinkVisited, QColor(0xb3, 0x9d, 0xff));
    palette.setColor(QPalette::Light, window.lighter(160));
    palette.setColor(QPalette::Midlight, window.lighter(130));
    palette.setColor(QPalette::Mid, window.darker(130));
    palette.setColor(QPalette::Dark, window.darker(160));
    palette.setColor(QPalette::Shadow, QColor(0, 0, 0));
    for (const QPalette::ColorRole role :
         {QPalette::WindowText, QPalette::Text, QPalette::ButtonText}) {
        palette.setColor(QPalette::Disabled, role, disabledText);
    }
    palette.setColor(QPalette::Disabled, QPalette::Highlight, window.lighter(130));
    return palette;
}

QPalette lightPalette()
{
    if (QStyle *fusion = QStyleFactory::create(QStringLiteral("Fusion"))) {
        const QPalette palette = fusion->standardPalette();
        delete fusion;
        return palette;
    }
    return QPalette(QColor(0xef, 0xef, 0xef));
}

void applyTheme(Theme theme)
{
    const QPalette system = platformPalette();
    QApplication::setStyle(QStringLiteral("Fusion"));
    bool dark = theme == Theme::Dark;
    if (theme == Theme::System)
        dark = systemPrefersDark(system);
    QApplication::setPalette(dark ? darkPalette()
                                  : (theme == Theme::Light ? lightPalette() : system));
}

} // namespace deai

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPalette>
#include <QString>

class QApplication;

namespace deai {

// The QSettings key of the look the user chose: "system", "light" or "dark".
inline const QString kThemeSettingKey = QStringLiteral("ui/theme");

enum class Theme { System, Light, Dark };

Theme themeForSetting(const QString &setting);
QString settingForTheme(Theme theme);

// Qt 6.4 has no QStyleHints::colorScheme: a dark desktop shows in the
// platform theme's palette (a dark window colour) or in the GTK theme name.
bool systemPrefersDark(const QPalette &platformPalette);

QPalette darkPalette();
QPalette lightPalette();

// Fusion with a palette that follows the choice; Fusion draws every control
// from palette roles, so light and dark both stay legible.
void applyTheme(Theme theme);

} // namespace deai

// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/WizardContext.h"

#include <QSettings>

namespace deai {

std::unique_ptr<QSettings> WizardContext::openSettings() const
{
    if (settingsPath.isEmpty())
        return std::make_unique<QSettings>();
    return std::make_unique<QSettings>(settingsPath, QSettings::IniFormat);
}

} // namespace deai

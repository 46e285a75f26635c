// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "money/CcdAmount.h"

#include <QString>

#include <chrono>
#include <memory>

namespace deai::sandbox {

class Trainer;

struct SandboxOptions
{
    QString dataDir;                                  // created if missing
    std::chrono::seconds tokenLifetime = std::chrono::minutes(60);
    qint64 uploadLimitBytes = qint64(2) * 1024 * 1024 * 1024;
    qint64 jsonLimitBytes = 1024 * 1024;              // bodies of the JSON calls
    // What a new account starts with: 1000 CCD.
    CcdAmount startingBalance = CcdAmount::fromDecimalText(QByteArrayView("1000")).value_or(CcdAmount());
    // The model behind training and inference; null means BaselineTrainer.
    std::shared_ptr<Trainer> trainer;
    // Tests only: arms SandboxServer::faults() and the loopback-only control
    // call POST /__faults__. Off, neither exists.
    bool enableFaultControl = false;
};

} // namespace deai::sandbox

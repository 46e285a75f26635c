// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SandboxOptions.h"
#include "faults/FaultPlan.h"

namespace deai::test {

// Sandbox options with fault injection armed.
inline sandbox::SandboxOptions withFaultControl(sandbox::SandboxOptions options = {})
{
    options.enableFaultControl = true;
    return options;
}

// A fault on call, for `times` requests (Fault::kAlways by default).
inline sandbox::Fault makeFault(sandbox::FaultKind kind, const QString &call,
                                int times = sandbox::Fault::kAlways)
{
    sandbox::Fault fault;
    fault.kind = kind;
    fault.call = call;
    fault.times = times;
    return fault;
}

} // namespace deai::test

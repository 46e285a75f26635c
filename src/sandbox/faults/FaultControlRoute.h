// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace deai::sandbox {

class FaultPlan;
class RouteContext;

// POST /__faults__, for tests that drive the sandbox from outside the process.
// Only registered with SandboxOptions::enableFaultControl, and it answers
// only requests from the loopback interface. Bodies:
//   {"fault": "drop-before-answer", "call": "deAI/createJob", "times": 1 | "always",
//    "delayMs": 0, "bytes": 0}          arms a fault (names: Fault::nameOf)
//   {"action": "clear"}                 disarms every fault
//   {"action": "expire-tokens"}         every token issued so far answers 401 from now on
//   {"action": "count", "call": "…"}    answers "requests": how many reached the server
void addFaultControlRoute(RouteContext &context, FaultPlan &faults);

} // namespace deai::sandbox

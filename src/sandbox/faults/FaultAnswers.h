// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "faults/FaultPlan.h"

#include <QHttpServerResponse>

class QHttpServerResponder;
class QObject;
class QTcpSocket;

namespace deai::sandbox {

// True for the faults that answer instead of the call, so the call never runs.
bool faultReplacesCall(FaultKind kind);
// The answer of such a fault.
QHttpServerResponse faultAnswer(const Fault &fault);

// Writes the call's own answer, spoilt, delayed or dropped as fault says
// (nullptr: as it is). context owns the delay timer; socket is the
// connection, gone (null) when the client gave up.
void writeAnswer(QHttpServerResponse response, QHttpServerResponder &&responder, QTcpSocket *socket,
                 const Fault *fault, QObject *context);

} // namespace deai::sandbox

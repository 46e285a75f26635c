// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QCoreApplication;

namespace deai {

// SIGTERM, SIGINT and SIGHUP end the event loop instead of the process, so
// the window saves its state and the local sandbox child is stopped.
void quitOnTerminationSignals(QCoreApplication *app);

} // namespace deai

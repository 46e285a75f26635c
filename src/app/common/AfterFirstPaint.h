// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <chrono>
#include <functional>

class QWidget;

namespace deai {

// Calls `action` once, after `window` has been exposed and painted for the first time, so
// that work started at launch does not hold back the first frame. `fallback` bounds the
// wait: a window started minimised, or never shown, may not be exposed at all.
void callAfterFirstPaint(QWidget *window, std::chrono::milliseconds fallback,
                         std::function<void()> action);

} // namespace deai

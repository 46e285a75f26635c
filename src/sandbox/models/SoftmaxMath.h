// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <algorithm>
#include <cmath>
#include <span>

namespace deai::sandbox::detail {

// Turns logits into probabilities in place and returns log(sum(exp(logits))).
// Subtracting the largest logit first keeps exp() from overflowing.
inline double softmaxInPlace(std::span<double> values)
{
    if (values.empty())
        return 0;
    const double largest = *std::max_element(values.begin(), values.end());
    double sum = 0;
    for (double &value : values) {
        value = std::exp(value - largest);
        sum += value;
    }
    for (double &value : values)
        value /= sum;
    return largest + std::log(sum);
}

inline float dot(const float *a, const float *b, int count)
{
    float sum = 0;
    for (int i = 0; i < count; ++i)
        sum += a[i] * b[i];
    return sum;
}

} // namespace deai::sandbox::detail

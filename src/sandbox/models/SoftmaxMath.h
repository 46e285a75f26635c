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

// Eight independent partial sums let the compiler vectorise the loop, which
// it may not do for one running sum without reordering float additions.
inline float dot(const float *a, const float *b, int count)
{
    constexpr int lanes = 8;
    float partial[lanes] = {};
    int i = 0;
    for (; i + lanes <= count; i += lanes) {
        for (int lane = 0; lane < lanes; ++lane)
            partial[lane] += a[i + lane] * b[i + lane];
    }
    float sum = 0;
    for (; i < count; ++i)
        sum += a[i] * b[i];
    for (const float value : partial)
        sum += value;
    return sum;
}

} // namespace deai::sandbox::detail

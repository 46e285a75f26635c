// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/LinearSolve.h"

#include <cmath>
#include <cstddef>

namespace deai::sandbox::detail {

bool solvePositiveDefinite(std::vector<double> a, int size, std::vector<double> &b, int columns)
{
    const auto at = [size](int row, int column) {
        return size_t(row) * size_t(size) + size_t(column);
    };
    const auto rhs = [columns](int row, int column) {
        return size_t(row) * size_t(columns) + size_t(column);
    };

    // Lower triangle of a becomes L with A = L L^T.
    for (int j = 0; j < size; ++j) {
        double diagonal = a[at(j, j)];
        for (int k = 0; k < j; ++k)
            diagonal -= a[at(j, k)] * a[at(j, k)];
        if (!(diagonal > 0) || !std::isfinite(diagonal))
            return false;
        const double pivot = std::sqrt(diagonal);
        a[at(j, j)] = pivot;
        for (int i = j + 1; i < size; ++i) {
            double value = a[at(i, j)];
            for (int k = 0; k < j; ++k)
                value -= a[at(i, k)] * a[at(j, k)];
            a[at(i, j)] = value / pivot;
        }
    }

    for (int c = 0; c < columns; ++c) {
        for (int i = 0; i < size; ++i) { // L y = b
            double value = b[rhs(i, c)];
            for (int k = 0; k < i; ++k)
                value -= a[at(i, k)] * b[rhs(k, c)];
            b[rhs(i, c)] = value / a[at(i, i)];
        }
        for (int i = size - 1; i >= 0; --i) { // L^T x = y
            double value = b[rhs(i, c)];
            for (int k = i + 1; k < size; ++k)
                value -= a[at(k, i)] * b[rhs(k, c)];
            b[rhs(i, c)] = value / a[at(i, i)];
        }
    }
    return true;
}

} // namespace deai::sandbox::detail

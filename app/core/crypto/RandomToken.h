#pragma once

#include <QString>

// Unpredictable [A-Za-z0-9] strings from the system's CSPRNG, for state and requestId.
// 22 characters carry 131 bits.
QString randomAlphanumeric(int length = 32);

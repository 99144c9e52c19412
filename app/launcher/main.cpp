// authdesk: picks the program for its arguments and becomes it, loading no library of its own.
// A verb goes to authdesk-cli (Qt without widgets); no verb (the console, --demo, --help,
// --version) to authdesk-gui. Both run the same runAuthDesk, so a pick is only ever slower, never
// wrong: authdesk-cli hands `authorize` on to authdesk-gui itself. Without this hop, every console
// start paid for loading the CLI's libraries first.
#include <cerrno>
#include <climits>
#include <cstdio>
#include <cstring>
#include <unistd.h>

// No C++ library here (no std::string): libstdc++ alone would be most of the hop's cost, which
// every start pays (CMakeLists links the launcher --as-needed, so it is not even loaded).
namespace {
bool hasVerb(int argc, char **argv) {
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--store") == 0) { // the one global option with a separate value
            ++i;
            continue;
        }
        if (argv[i][0] != '-')
            return true;
    }
    return false;
}

// The directory of this program, into `directory`.
void ownDirectory(char (&directory)[PATH_MAX]) {
    const ssize_t length = ::readlink("/proc/self/exe", directory, sizeof directory - 1);
    directory[length > 0 ? length : 0] = '\0';
    char *slash = std::strrchr(directory, '/');
    if (slash)
        *slash = '\0';
    else
        std::strcpy(directory, ".");
}
} // namespace

int main(int argc, char **argv) {
    const char *program = hasVerb(argc, argv) ? "authdesk-cli" : "authdesk-gui";
    char directory[PATH_MAX];
    ownDirectory(directory);
    // Beside it in the build tree; in ../libexec/authdesk/ when installed.
    char candidates[2][PATH_MAX + 64];
    std::snprintf(candidates[0], sizeof candidates[0], "%s/%s", directory, program);
    std::snprintf(candidates[1], sizeof candidates[1], "%s/%s/%s", directory, AUTHDESK_LIBEXEC_PATH, program);
    for (const char *candidate : candidates) {
        if (::access(candidate, X_OK) == 0) {
            ::execv(candidate, argv);
            std::fprintf(stderr, "authdesk: %s: %s\n", candidate, std::strerror(errno));
            return 3; // CommandLine::Environment
        }
    }
    std::fprintf(stderr, "authdesk: %s: %s\n", candidates[1], std::strerror(ENOENT));
    return 3;
}

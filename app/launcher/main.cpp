// authdesk: picks the program for its arguments and becomes it, loading no library of its own.
// A verb goes to authdesk-cli (Qt without widgets); no verb (the console, --demo, --help,
// --version) to authdesk-gui. Both run the same runAuthDesk, so a pick is only ever slower, never
// wrong: authdesk-cli hands `authorize` on to authdesk-gui itself. Without this hop, every console
// start paid for loading the CLI's libraries first.
#include <cerrno>
#include <climits>
#include <cstdio>
#include <cstring>
#include <string>
#include <unistd.h>

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

std::string ownDirectory() {
    char path[PATH_MAX];
    const ssize_t length = ::readlink("/proc/self/exe", path, sizeof path - 1);
    if (length <= 0)
        return ".";
    const std::string self(path, size_t(length));
    return self.substr(0, self.rfind('/'));
}
} // namespace

int main(int argc, char **argv) {
    const char *program = hasVerb(argc, argv) ? "authdesk-cli" : "authdesk-gui";
    const std::string directory = ownDirectory();
    // Beside it in the build tree; in ../libexec/authdesk/ when installed.
    for (const std::string &candidate :
         {directory + "/" + program, directory + "/" AUTHDESK_LIBEXEC_PATH "/" + program}) {
        if (::access(candidate.c_str(), X_OK) == 0) {
            ::execv(candidate.c_str(), argv);
            std::fprintf(stderr, "authdesk: %s: %s\n", candidate.c_str(), std::strerror(errno));
            return 3; // CommandLine::Environment
        }
    }
    std::fprintf(stderr, "authdesk: %s/%s/%s: %s\n", directory.c_str(), AUTHDESK_LIBEXEC_PATH, program,
                 std::strerror(ENOENT));
    return 3;
}

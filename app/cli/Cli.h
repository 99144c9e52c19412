#pragma once

// The one entry point of the authdesk executable: the console without a verb, the command-line
// verbs otherwise (see README). Returns the process exit code.
int runAuthDesk(int argc, char **argv);

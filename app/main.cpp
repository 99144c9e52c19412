#include "Cli.h"

int main(int argc, char **argv)
{
    return runAuthDesk(argc, argv);
}

#include "Application.h"

int main(int argc, char **argv) {
    return runAuthDesk(argc, argv);
}

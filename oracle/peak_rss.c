/*
** peak-rss OUT PROGRAM ARG0 [ARGS...]: runs PROGRAM with the arguments
** ARG0 ARGS... and writes its peak resident set size (KB, from wait4) to
** the file OUT; exits as PROGRAM did.
**
** Linux carries a process's peak across fork and exec, so a program started
** by a large process (the benchmark runner) reports at least the runner's
** size. This launcher is small, so its floor is below what any Lua
** interpreter uses.
*/
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <sys/resource.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

int main(int argc, char **argv) {
  int status;
  struct rusage ru;
  pid_t pid;
  FILE *out;
  if (argc < 4) {
    fprintf(stderr, "usage: peak-rss OUT PROGRAM ARG0 [ARGS...]\n");
    return 127;
  }
  pid = fork();
  if (pid < 0) {
    perror("peak-rss: fork");
    return 127;
  }
  if (pid == 0) {
    execv(argv[2], argv + 3);
    perror(argv[2]);
    _exit(127);
  }
  while (wait4(pid, &status, 0, &ru) < 0) {
    if (errno != EINTR) {
      perror("peak-rss: wait4");
      return 127;
    }
  }
  out = fopen(argv[1], "w");
  if (out != NULL) {
    fprintf(out, "%ld\n", ru.ru_maxrss);
    fclose(out);
  }
  if (WIFSIGNALED(status)) {
    signal(WTERMSIG(status), SIG_DFL);
    raise(WTERMSIG(status));
  }
  return WIFEXITED(status) ? WEXITSTATUS(status) : 127;
}

/dev/fd/3: line 90: ../h: No such file or directory

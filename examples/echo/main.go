// Command echo is the smallest decloud app: it writes its arguments and its task's
// identity to /out/result.txt. Build: GOOS=wasip1 GOARCH=wasm go build -o echo.wasm .
package main

import (
	"fmt"
	"os"
	"strings"
)

func main() {
	out := fmt.Sprintf("%s\ntask %s index %s\n", strings.Join(os.Args[1:], " "), os.Getenv("DECLOUD_TASK_ID"), os.Getenv("DECLOUD_TASK_INDEX"))
	if err := os.WriteFile("/out/result.txt", []byte(out), 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "echo:", err)
		os.Exit(1)
	}
}

// Package helpers builds command lines and algorithm names for the handlers.
package helpers

func BuildPing(target string) string {
	return "ping -c 1 " + target
}

func AlgorithmName(family, size string) string {
	return family + size
}

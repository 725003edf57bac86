// Package defaults holds the service's built-in settings.
package defaults

const (
	Host             = "localhost"
	LegacyAlgorithm  = "MD5"
	CurrentAlgorithm = "SHA-256"
)

package main

import (
	"crypto/md5"
	"crypto/sha256"
	"crypto/sha512"
	"hash"
	"log"
	"net/http"
	"os/exec"
)

func prefixer(prefix string) func(string) string {
	return func(value string) string {
		return prefix + value
	}
}

func fixed(value string) func() string {
	return func() string {
		return value
	}
}

// newHash returns the hash registered under a JCA-style algorithm name, the
// way the service's configuration spells them.
func newHash(algorithm string) hash.Hash {
	switch algorithm {
	case "MD5":
		return md5.New()
	case "SHA-256":
		return sha256.New()
	case "SHA-512":
		return sha512.New()
	}
	panic("unsupported hash algorithm: " + algorithm)
}

func ping(w http.ResponseWriter, r *http.Request) {
	host := r.URL.Query().Get("host")
	pingCommand := prefixer("ping -c 1 ")
	// plumb-ok: command-injection
	exec.Command("sh", "-c", pingCommand("localhost")).Run()
	// plumb-expect: command-injection
	exec.Command("sh", "-c", pingCommand(host)).Run()

	legacy := fixed("MD5")
	strong := fixed("SHA-256")
	// plumb-expect: weak-hash
	newHash(legacy()).Sum(nil)
	// plumb-ok: weak-hash
	newHash(strong()).Sum(nil)
	w.Write([]byte("ok"))
}

func main() {
	http.HandleFunc("/ping", ping)
	log.Fatal(http.ListenAndServe(":8080", nil))
}

package main

import (
	"crypto/md5"
	"crypto/sha256"
	"crypto/sha512"
	"hash"
	"log"
	"net/http"
	"os/exec"
	"strings"
)

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
	cleaned := strings.ToLower(strings.TrimSpace(host))
	// plumb-expect: command-injection
	exec.Command("sh", "-c", "ping -c 1 "+cleaned).Run()
	fixed := strings.ToLower(strings.TrimSpace("  LOCALHOST "))
	// plumb-ok: command-injection
	exec.Command("sh", "-c", "ping -c 1 "+fixed).Run()

	legacy := strings.ToUpper(strings.TrimSpace(" md5 "))
	// plumb-expect: weak-hash
	newHash(legacy).Sum(nil)
	strong := strings.ToUpper(strings.TrimSpace(" sha-256 "))
	// plumb-ok: weak-hash
	newHash(strong).Sum(nil)
	w.Write([]byte("ok"))
}

func main() {
	http.HandleFunc("/ping", ping)
	log.Fatal(http.ListenAndServe(":8080", nil))
}

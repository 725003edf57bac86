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

func pad(value string, depth int) string {
	if depth == 0 {
		return value
	}
	return pad(" "+value, depth-1)
}

func unwrap(value string, depth int) string {
	if depth == 0 {
		return value
	}
	return unwrap(value, depth-1)
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
	// plumb-ok: command-injection
	exec.Command("sh", "-c", "ping -c 1"+pad("localhost", 2)).Run()
	// plumb-expect: command-injection
	exec.Command("sh", "-c", "ping -c 1"+pad(host, 2)).Run()

	// plumb-expect: weak-hash
	newHash(unwrap("MD5", 3)).Sum(nil)
	// plumb-ok: weak-hash
	newHash(unwrap("SHA-256", 3)).Sum(nil)
	w.Write([]byte("ok"))
}

func main() {
	http.HandleFunc("/ping", ping)
	log.Fatal(http.ListenAndServe(":8080", nil))
}

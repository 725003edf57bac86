package main

import (
	"crypto/md5"
	"crypto/sha256"
	"crypto/sha512"
	"hash"
	"log"
	"maps"
	"net/http"
	"os/exec"
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
	defaults := map[string]string{"fallback": "localhost"}
	targets := maps.Clone(defaults)
	maps.Copy(targets, map[string]string{"requested": host})
	// plumb-ok: command-injection
	exec.Command("sh", "-c", "ping -c 1 "+targets["fallback"]).Run()
	// plumb-expect: command-injection
	exec.Command("sh", "-c", "ping -c 1 "+targets["requested"]).Run()

	base := map[string]string{"legacy": "MD5", "current": "SHA-1"}
	algorithms := maps.Clone(base)
	maps.Copy(algorithms, map[string]string{"current": "SHA-256"})
	// plumb-expect: weak-hash
	newHash(algorithms["legacy"]).Sum(nil)
	// plumb-ok: weak-hash
	newHash(algorithms["current"]).Sum(nil)
	w.Write([]byte("ok"))
}

func main() {
	http.HandleFunc("/ping", ping)
	log.Fatal(http.ListenAndServe(":8080", nil))
}

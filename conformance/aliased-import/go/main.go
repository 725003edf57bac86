package main

import (
	digests "crypto/md5"
	"crypto/sha256"
	"crypto/sha512"
	"hash"
	"log"
	"net/http"
	shell "os/exec"
)

// newHash returns the hash registered under a JCA-style algorithm name, the
// way the service's configuration spells them.
func newHash(algorithm string) hash.Hash {
	switch algorithm {
	case "MD5":
		return digests.New()
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
	shell.Command("sh", "-c", "ping -c 1 localhost").Run()
	// plumb-expect: command-injection
	shell.Command("sh", "-c", "ping -c 1 "+host).Run()

	// plumb-expect: weak-hash
	newHash("MD5").Sum(nil)
	// plumb-ok: weak-hash
	newHash("SHA-256").Sum(nil)
	w.Write([]byte("ok"))
}

func main() {
	http.HandleFunc("/ping", ping)
	log.Fatal(http.ListenAndServe(":8080", nil))
}

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

// Tool is an enumeration of the diagnostics the service runs.
type Tool string

const (
	Uptime Tool = "uptime"
	Ping   Tool = "ping -c 1 "
)

// Algorithm is an enumeration of the digests the service accepts.
type Algorithm string

const (
	Legacy  Algorithm = "MD5"
	Current Algorithm = "SHA-256"
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
	// plumb-ok: command-injection
	exec.Command("sh", "-c", string(Uptime)).Run()
	// plumb-expect: command-injection
	exec.Command("sh", "-c", string(Ping)+host).Run()

	// plumb-expect: weak-hash
	newHash(string(Legacy)).Sum(nil)
	// plumb-ok: weak-hash
	newHash(string(Current)).Sum(nil)
	w.Write([]byte("ok"))
}

func main() {
	http.HandleFunc("/ping", ping)
	log.Fatal(http.ListenAndServe(":8080", nil))
}

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

// queryParam returns the named query parameter, or nil when it is absent.
func queryParam(r *http.Request, name string) *string {
	if values, ok := r.URL.Query()[name]; ok && len(values) > 0 {
		return &values[0]
	}
	return nil
}

func ptr(s string) *string {
	return &s
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
	host := queryParam(r, "host")
	var fixed *string
	if fixed == nil {
		fixed = ptr("localhost")
	}
	// plumb-ok: command-injection
	exec.Command("sh", "-c", "ping -c 1 "+*fixed).Run()
	requested := host
	if requested == nil {
		requested = ptr("localhost")
	}
	// plumb-expect: command-injection
	exec.Command("sh", "-c", "ping -c 1 "+*requested).Run()

	var legacy *string
	if legacy == nil {
		legacy = ptr("MD5")
	}
	// plumb-expect: weak-hash
	newHash(*legacy).Sum(nil)
	strong := ptr("SHA-256")
	if strong == nil {
		strong = ptr("MD5")
	}
	// plumb-ok: weak-hash
	newHash(*strong).Sum(nil)
	w.Write([]byte("ok"))
}

func main() {
	http.HandleFunc("/ping", ping)
	log.Fatal(http.ListenAndServe(":8080", nil))
}

package storage

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/decloud/decloud/poco"
)

// HeaderAsset names the registered app or dataset an owner upload is for.
const HeaderAsset = "X-Decloud-Asset"

// AssetDigest is what an asset's owner signs (poco.SignHash) to upload its bytes.
func AssetDigest(asset common.Address, sum string) common.Hash {
	return crypto.Keccak256Hash([]byte("decloud asset upload"), asset[:], []byte(sum))
}

// Asset is what storage needs to know of a registered app or dataset.
type Asset struct {
	Owner    common.Address
	Checksum common.Hash
	Dataset  bool // a dataset (its blob is served to signed requests only), not an app
}

// AssetAuthorizer admits the upload of an app's or dataset's bytes by its owner: the blob
// must be exactly what the chain's checksum names, and the owner must have signed it.
type AssetAuthorizer struct {
	Lookup func(ctx context.Context, asset common.Address) (Asset, error)
	// DatasetOf returns the dataset the deal of a task bought (zero for none), and Tasks
	// checks a worker's authorization for a task: both for downloads of datasets.
	DatasetOf func(ctx context.Context, task common.Hash) (common.Address, error)
	Tasks     ResultAuthorizer
}

// Check verifies an owner upload and returns what the asset is.
func (a AssetAuthorizer) Check(ctx context.Context, asset common.Address, sum string, sig []byte) (Asset, error) {
	info, err := a.Lookup(ctx, asset)
	if err != nil {
		return info, fmt.Errorf("%w: %v", ErrUnauthorized, err)
	}
	if common.Bytes2Hex(info.Checksum[:]) != sum {
		return info, fmt.Errorf("%w: the blob is not the asset's registered checksum", ErrUnauthorized)
	}
	signer, err := poco.Recover(AssetDigest(asset, sum), sig)
	if err != nil || signer != info.Owner {
		return info, fmt.Errorf("%w: not signed by the asset's owner", ErrUnauthorized)
	}
	return info, nil
}
